export function MyTasksPage() { return null; }
