// Bundled for Node by bench.mjs and profile.mjs: the shipped content dataset, and packing for synthetic ones.
export { loadContentDataset } from '@/build/dataset/content-dataset';
export { packWordings, unpackWordings } from '@/utils/matcher/packed-wordings';
