export function DealCardPage() { return null; }
