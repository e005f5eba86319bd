# Image for the app and the worker (docker-compose.yml). Node 22 as required by MikroORM 7 and vitest 5.
FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# npm install (not npm ci): see docs — the lock file omits other platforms' optional binaries.
RUN npm install --no-audit --no-fund
COPY . .
# After npm install (which would skip devDependencies such as tsx under it). Production refuses to start on
# placeholder secrets (TWILIO_AUTH_TOKEN, MEDIA_SIGNING_SECRET, FACE_DATA_KEYS): see README, "Deploying safely".
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["npx", "tsx", "bots/cli.ts", "serve"]
