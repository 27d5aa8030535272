# One image for every deployable (each subgraph, the router, the embedded launcher). Which one runs
# is chosen by SERVICE — the package folder, e.g. `subgraphs/auth`, `router`, `embedded` — as a
# build argument (the default) or a run-time environment variable. TypeScript runs through tsx;
# there is no build step (docs/decisions/0001-run-typescript-with-tsx.md).
#
#   docker build -t broker-crm .
#   docker run -e SERVICE=subgraphs/auth ... broker-crm
#   docker run broker-crm pnpm --filter @crm/router start     # any command works too
#   docker run -v /srv/backups:/backups -e DATABASE_URL=... broker-crm pnpm backup --out /backups/crm-1   # and pnpm restore

ARG NODE_IMAGE=node:20-slim

FROM ${NODE_IMAGE} AS base
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    APOLLO_TELEMETRY_DISABLED=1
RUN npm i -g pnpm@10 && npm cache clean --force
WORKDIR /app

# Dependencies first, from the lockfile alone, into a store kept in this layer: a source change
# reuses it instead of refetching the world (and needs no BuildKit cache mount).
FROM base AS deps
# Non-interactive installs; set only in the build stages, not in the image that runs.
ENV CI=true
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
RUN pnpm fetch

FROM deps AS install
COPY . .
# Full install: tsx (the runtime) is a root dev dependency. --offline proves the fetch above was complete.
RUN pnpm install --frozen-lockfile --offline

FROM base AS runtime
ARG SERVICE=router
ENV NODE_ENV=production \
    SERVICE=${SERVICE}
COPY --from=install --chown=root:root /app /app
# The embedded launcher keeps its data here; nothing else in /app is writable by the service user.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
# 4000: router / embedded; 4001: a subgraph. PORT overrides either.
EXPOSE 4000 4001
HEALTHCHECK --interval=10s --timeout=3s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || (process.env.SERVICE.startsWith('subgraphs/') ? 4001 : 4000)) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself is the main process (no pnpm/tsx CLI wrappers in between), so SIGTERM reaches the
# service's graceful shutdown directly. Run with an init (`init: true` in compose) to reap children.
CMD ["sh", "-c", "cd \"/app/${SERVICE}\" && exec node --import tsx src/main.ts"]
