declare module 'virtual:maglens/content-data' {
  import type { PageDataset } from '@/utils/dataset/types';

  const dataset: PageDataset;
  export default dataset;
}

declare module 'virtual:maglens/card-data' {
  import type { CardDataset } from '@/utils/dataset/types';

  const dataset: CardDataset;
  export default dataset;
}

declare module 'virtual:maglens/background-data' {
  import type { BackgroundDataset } from '@/utils/dataset/types';

  const dataset: BackgroundDataset;
  export default dataset;
}

declare module 'virtual:maglens/reader-data' {
  import type { ReaderDataset } from '@/utils/dataset/types';

  const dataset: ReaderDataset;
  export default dataset;
}

declare module 'virtual:maglens/frame-data' {
  import type { FrameDataset } from '@/utils/dataset/types';

  const dataset: FrameDataset;
  export default dataset;
}

declare module 'virtual:maglens/wordings-data' {
  import type { PackedWordings } from '@/utils/dataset/types';

  const dataset: PackedWordings;
  export default dataset;
}
