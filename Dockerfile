# motiebot in a container: the bot (HTTP mode or Socket Mode) with its SQLite database on a volume.
#   docker build -t motiebot .
#   docker compose up -d            (compose.yaml: .env, the volume, the port, the health check)
# The build stage runs the same npm commands as CI (.ci/run): `npm ci` runs `prepare`, which
# compiles src/ into dist/ (scripts/build.mjs). The runtime stage has production dependencies only,
# runs as the unprivileged `node` user and keeps the database in /data (a volume).

# ---- build: all dependencies, compile, then drop the dev dependencies ----
FROM node:20-bookworm-slim AS build
# better-sqlite3 downloads a prebuilt binary; these build it from source when none fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# Installs every dependency and runs the `prepare` script (node scripts/build.mjs: tsc with
# tsconfig.build.json, without the type check, which `npm test` runs; syntax errors fail the build): dist/.
# `npm ci`, as CI does: exactly the versions in package-lock.json (tests/lockfile.test.ts keeps the
# lock in step with package.json).
RUN npm ci --no-audit --no-fund
# The runtime needs only the production dependencies.
RUN npm prune --omit=dev --no-audit --no-fund

# ---- runtime: production dependencies, compiled code, non-root ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATABASE_PATH=/data/motiebot.db \
    PREVIEW_DATABASE_PATH=/data/preview.db \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY drizzle ./drizzle
# `motie` on the PATH (docker compose exec motiebot motie list); /data belongs to the bot's user.
RUN ln -s /app/bin/motie.js /usr/local/bin/motie \
 && mkdir -p /data \
 && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# GET /healthz: 200 when the database passes quick_check and the scheduler's lease is sound,
# 503 otherwise (RELIABILITY.md "Health endpoint"). Node's fetch: the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Plain node, not `npm start`: SIGTERM reaches the bot, which stops at a safe point (main.ts).
CMD ["node", "dist/main.js"]
