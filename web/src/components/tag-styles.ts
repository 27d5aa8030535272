/** A "done / chosen / paid" tag: AntD's green preset reads at 3.4:1, below AA; this green passes it (axe in tests/browser). */
export const SUCCESS_TAG_STYLE = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' } as const;
