import type { Dataset } from '../../data/schema';

/** Placeholder until the view lands. */
export default function PresentPage({ dataset }: { dataset: Dataset }) {
  return <p>{dataset.observations.length}</p>;
}
