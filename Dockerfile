# One image with every Komunika executable; compose.yaml runs one container per service.
FROM swift:6.2-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libzmq3-dev libsqlite3-dev libcurl4-openssl-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN swift build -c release \
    && mkdir /out \
    && find "$(swift build -c release --show-bin-path)" -maxdepth 1 -type f -perm -u+x -name 'komunika*' -exec cp {} /out/ \; \
    && find "$(swift build -c release --show-bin-path)" -maxdepth 1 -type d -name '*.resources' -exec cp -r {} /out/ \;
# The gateway's page templates, CSS and script are resource bundles read from beside its executable.

FROM swift:6.2-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libzmq5 libsqlite3-0 libcurl4 curl \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/ /usr/local/bin/
ENV KOMUNIKA_DATA_DIR=/data
VOLUME /data
