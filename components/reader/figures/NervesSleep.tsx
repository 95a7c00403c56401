import { RouteLink } from '@/components/navigation/RouteLink';
import { useReader } from '@/components/navigation/reader-context';
import { FigureFrame } from './FigureFrame';
import { GradeMeter } from './GradeMeter';
import { withGrades } from './graded-entries';

const W = 360;

/**
 * `{{figure: nerves-sleep}}`: the roles magnesium plays in nerves and sleep, marked as mechanism. A solid line
 * joins a role whose card grades it strong (established physiology); a dashed one a proposed or thin link.
 */
export function NervesSleep() {
  const { data, terms } = useReader();
  const diagram = data.figures['nerves-sleep'];
  if (!diagram) return null;
  const roles = withGrades(diagram.roles, terms);
  const slot = W / roles.length;
  return (
    <FigureFrame
      id="nerves-sleep"
      title="Magnesium in nerves and sleep: mechanism, not proof"
      description="The roles magnesium plays in nerve cells and sleep hormones. A solid line is established physiology; a dashed line is a proposed or thinly supported link. None of it shows that a supplement helps."
    >
      <p class="ml-figure-banner">Mechanism, not proof of benefit</p>
      <svg class="ml-chart" viewBox={`0 0 ${W} 118`} role="img">
        <title>Diagram: magnesium and three roles in nerves and sleep</title>
        <circle class="ml-chart-node" cx={W / 2} cy="22" r="19" />
        <text class="ml-chart-label ml-strong" x={W / 2} y="27" text-anchor="middle">
          Mg²⁺
        </text>
        {roles.map((role, i) => {
          const cx = slot * i + slot / 2;
          return (
            <g key={role.termId}>
              <line
                class={role.grade === 'strong' ? 'ml-chart-link' : 'ml-chart-link ml-chart-link-proposed'}
                x1={W / 2}
                y1="41"
                x2={cx}
                y2="70"
              />
              <rect class="ml-chart-node" x={cx - slot / 2 + 4} y="70" width={slot - 8} height="44" rx="6" />
              <text class="ml-chart-label ml-strong" x={cx} y="88" text-anchor="middle">
                {role.label}
              </text>
              <text class="ml-chart-small" x={cx} y="104" text-anchor="middle">
                {role.grade === 'strong' ? 'established' : 'proposed / thin'}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="ml-figure-list ml-plain">
        {roles.map((role) => (
          <li key={role.termId}>
            <RouteLink route={{ view: 'term', termId: role.termId }}>{role.label}</RouteLink>{' '}
            <GradeMeter grade={role.grade} />: {role.role}
          </li>
        ))}
      </ul>
      <p class="ml-figure-note">{diagram.note}</p>
    </FigureFrame>
  );
}
