export function NewDealPage() { return null; }
