// One source for the words, shared with the in-page widgets.
export { KIND_LABELS, VERDICT_LABELS } from '../../utils/model/labels';
