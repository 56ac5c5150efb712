#!/usr/bin/env bash
# Starts every Komunika executable on this machine (used by `make run`).
# Data goes to $KOMUNIKA_DATA_DIR (default ./data), logs to $KOMUNIKA_DATA_DIR/logs.
# Ctrl-C (or SIGTERM) stops them all with SIGTERM and waits for each to finish.
set -euo pipefail

BIN_DIR=${BIN_DIR:?BIN_DIR must name the folder with the built executables}
export KOMUNIKA_DATA_DIR=${KOMUNIKA_DATA_DIR:-./data}
# Where komunika-mail sends the alerts to staff (with no relay set, into data/mail/ like every mail);
# set it empty to send none.
export KOMUNIKA_STAFF_MAIL=${KOMUNIKA_STAFF_MAIL-komunikacija@komunika.local}
mkdir -p "$KOMUNIKA_DATA_DIR/logs"

# The domain services, then the gateway, which consumes them all: the names
# come from the built komunikactl (`komunikactl services`), so a new service
# is started without an edit here.
mapfile -t DOMAIN_SERVICES < <("$BIN_DIR/komunikactl" services --domain)
if [ "${#DOMAIN_SERVICES[@]}" -eq 0 ]; then
    echo "$BIN_DIR/komunikactl services --domain listed no services" >&2
    exit 1
fi
SERVICES=()
for name in "${DOMAIN_SERVICES[@]}"; do SERVICES+=("komunika-$name"); done
SERVICES+=(komunika-gateway)
export KOMUNIKA_GATEWAY_SOURCES=${KOMUNIKA_GATEWAY_SOURCES:-$(IFS=,; echo "${DOMAIN_SERVICES[*]}")}
pids=()

# The bus's CURVE keys and an admin's HTTP token: created once, kept with the data.
"$BIN_DIR/komunikactl" keys init
if ! "$BIN_DIR/komunikactl" tokens show admin >/dev/null 2>&1; then
    "$BIN_DIR/komunikactl" tokens add admin --role admin >/dev/null
    echo "Created an admin token for the HTTP API (komunikactl tokens show admin prints it)."
fi

stopping=""
stop_all() {
    trap - INT TERM EXIT
    stopping=yes
    echo
    echo "Stopping…"
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    echo "All stopped. Data is in $KOMUNIKA_DATA_DIR."
}
trap stop_all INT TERM EXIT

for service in "${SERVICES[@]}"; do
    "$BIN_DIR/$service" >>"$KOMUNIKA_DATA_DIR/logs/$service.log" 2>&1 &
    pids+=($!)
    echo "started $service (pid $!, log $KOMUNIKA_DATA_DIR/logs/$service.log)"
done

HOST=${KOMUNIKA_HTTP_HOST:-127.0.0.1}
PORT=${KOMUNIKA_HTTP_PORT:-8080}
for _ in $(seq 1 100); do
    if curl -fsS "http://$HOST:$PORT/healthz" >/dev/null 2>&1; then break; fi
    sleep 0.1
done

# The first admin of the web application: made once, with a one-time link to set a password.
SIGN_IN=""
if "$BIN_DIR/komunikactl" users list 2>/dev/null | grep -q "No accounts yet"; then
    SIGN_IN=$("$BIN_DIR/komunikactl" users add "Administratorius" --email admin@komunika.local --role admin | tail -1)
fi
echo
echo "Komunika is running. Gateway: http://$HOST:$PORT  (try: curl http://$HOST:$PORT/api/v1/calendar.ics)"
if [ -n "$SIGN_IN" ]; then
    echo "Sign in:  open $SIGN_IN"
    echo "          (the first admin, admin@komunika.local: the link lets you set a password; it works for 72 hours)"
else
    echo "Sign in:  http://$HOST:$PORT/prisijungimas  (a new link: $BIN_DIR/komunikactl users reset admin@komunika.local)"
fi
echo "Token:    export TOKEN=\$($BIN_DIR/komunikactl tokens show admin)   then: curl -H \"Authorization: Bearer \$TOKEN\" …"
echo "Operator: $BIN_DIR/komunikactl status"
echo "Press Ctrl-C to stop."

# Wait until one exits by itself (then stop the rest) or Ctrl-C arrives.
wait -n "${pids[@]}" || true
if [ -z "$stopping" ]; then
    echo "A service exited by itself; stopping the others. See $KOMUNIKA_DATA_DIR/logs."
fi
