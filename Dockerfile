# One image for the API (default), the worker (`node dist/src/worker.js`) and the one-shot
# migration step (`node dist/src/migrate.js`); it serves the built client.
# Node 22 LTS here; the code is also tested on Node 20.19+ (see "engines" in package.json).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY . .
# The root install also installs the client and builds the server (postinstall).
RUN npm ci --no-audit --no-fund && cd client && npm run build

FROM node:22-bookworm-slim AS api
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/client/dist ./client/dist
EXPOSE 3000
CMD ["node", "dist/src/main.js"]

# The client on its own (nginx), proxying the API; `docker compose` runs it as the `client` service.
FROM nginx:1.27-alpine AS client
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/client/dist /usr/share/nginx/html
