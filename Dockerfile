# syntax=docker/dockerfile:1
# Skillbot on the official Node 24 slim image. Node 24 runs the TypeScript sources directly
# (type stripping), so there is no build step: the image holds the sources and production deps.

FROM node:24-slim AS deps
WORKDIR /app
# sqlite3 (behind @keyv/sqlite) compiles a native addon when no prebuilt binary fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
COPY adapters ./adapters
COPY knowledge ./knowledge
# The SQLite file lives in ./data; mount a volume there to keep it across containers.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
# Asks the running bot's /readyz on PORT (every platform connected, the store answering); node
# on the script alone, without npm or the matrix, so a probe costs a fraction of a CPU-second.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "adapters/console/cli/health.ts"]
CMD ["node", "src/main.ts"]
