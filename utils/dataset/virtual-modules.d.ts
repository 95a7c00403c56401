declare module 'virtual:maglens/content-data' {
  import type { ContentDataset } from '@/utils/dataset/types';

  const dataset: ContentDataset;
  export default dataset;
}

declare module 'virtual:maglens/reader-data' {
  import type { ReaderDataset } from '@/utils/dataset/types';

  const dataset: ReaderDataset;
  export default dataset;
}
