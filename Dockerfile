# streamd in a container: the broker on its embedded default storage (the file engine) in
# /data. Built by docker-compose.yml; untested where no Docker engine runs (see README).
FROM python:3.11-slim
# A C compiler builds streamd_native (the Cython hot path); without one the pure-Python
# path runs, which is slower but behaves the same.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN pip install --no-cache-dir '.[fast]'
VOLUME /data
EXPOSE 9092
# Clients are told the listen address unless --advertised or STREAMD_ADVERTISED says otherwise
# (docker-compose.yml passes --advertised streamd:9092).
ENTRYPOINT ["streamd"]
CMD ["serve", "--listen", "0.0.0.0:9092", "--data-dir", "/data"]
