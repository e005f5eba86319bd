# Image for the app, the worker and the WhatsApp Web gateway (docker-compose.yml). Node 22 as required by
# MikroORM 7 and vitest 5. Two stages: the first compiles TypeScript (`npm run build` → dist/), the second
# runs the compiled JavaScript with production dependencies only — no tsx, no compiler at run time.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm install (not npm ci): see docs — the lock file omits other platforms' optional binaries.
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run -s build

FROM node:22-bookworm-slim
# What the worker needs at run time, as scripts/services/install-system-packages.sh installs it locally
# (tests/security/container-image.test.ts keeps the two lists together): ffmpeg decodes voice notes,
# pocketsphinx transcribes them offline, fonts-dejavu-core draws Slack charts, chromium runs WhatsApp Web.
# tini is the init process: it forwards SIGTERM to node and reaps zombies (Chromium leaves some).
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
     tini ffmpeg pocketsphinx pocketsphinx-en-us fonts-dejavu-core chromium \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Chromium comes from Debian (above): puppeteer must not download its own at install time.
ENV PUPPETEER_SKIP_DOWNLOAD=1
RUN npm install --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
# The only place the app writes (the WhatsApp Web session); mount a volume there to keep it.
RUN mkdir -p /app/.data && chown -R node:node /app/.data
# Production refuses to start on placeholder secrets (TWILIO_AUTH_TOKEN, MEDIA_SIGNING_SECRET,
# FACE_DATA_KEYS): see README, "Deploying safely".
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
# Never root: the app needs no privilege, and a compromise should not own the container.
USER node
EXPOSE 3000
# node itself (not npx, whose extra process swallows SIGTERM) under tini, so a stop is a graceful shutdown; with
# the flags of bots/runtime-flags.ts (garbage collection on the main thread: see there).
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--single-threaded-gc", "dist/bots/cli.js", "serve"]
