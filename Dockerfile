# syntax=docker/dockerfile:1
# One image for every SIAPKerja service; SERVICE (gateway, jobs, training, certification, placement,
# entrepreneurship, integration) chooses which one CMD starts:
#   docker build -t siapkerja/siapkerja:0.1.0 .
#   docker run -e SERVICE=jobs ... siapkerja/siapkerja:0.1.0
# Pin NODE_IMAGE to a digest in CI for reproducible builds.
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: install everything, compile, then drop dev dependencies ---------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_SKIP_NX_CACHE=true \
    CI=true
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && for dir in services/*/; do \
      name="$(basename "$dir")"; \
      test -f "dist/services/$name/src/main.js" || { echo "build produced no dist/services/$name/src/main.js" >&2; exit 1; }; \
    done
RUN --mount=type=cache,target=/root/.npm \
    npm prune --omit=dev --no-audit --no-fund \
 && rm -rf .nx

# ---- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
# The whole pruned workspace: dist/, production node_modules, tools/register-paths.js, and the
# files read at run time (proto/, libs/*/data, ...). Owned by root, so the app cannot modify it.
COPY --from=build /app /app

ARG SERVICE=gateway
ENV SERVICE=${SERVICE}

# The image's "node" user by number, so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3000 50051 50052 50053 50054 50055 9101 9102 9103 9104 9105
# Kubernetes ignores this and uses its own probes; Docker / compose use it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "tools/deploy/healthcheck.js", "/health/live"]
# tini forwards SIGTERM to node and reaps zombies (node as PID 1 would do neither reliably).
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["/bin/sh", "-c", "main=\"dist/services/${SERVICE}/src/main.js\"; [ -f \"$main\" ] || { echo \"SERVICE='${SERVICE}' is not a service in this image\" >&2; exit 64; }; exec node -r ./tools/register-paths.js \"$main\""]
