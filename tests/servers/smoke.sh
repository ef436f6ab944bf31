#!/usr/bin/env bash
# Smoke test of the servers scripts/test-servers/ starts: proves that what the integration tests rely
# on really works (REST with Application Passwords, Vietnamese text round trip, media upload,
# XML-RPC, PostgreSQL with unaccent) so a broken server shows up here, not as twenty confusing
# failures elsewhere. Exits 77 (CTest SKIP_RETURN_CODE) when no server is configured.
set -uo pipefail

passed=0
failed=0
ok() {
    echo "ok - $1"
    passed=$((passed + 1))
}
not_ok() {
    echo "not ok - $1"
    [ -n "${2:-}" ] && printf '    %s\n' "${2:0:600}"
    failed=$((failed + 1))
}
# check NAME COMMAND...: runs the command, records the outcome; its output is shown on failure.
check() {
    local name=$1 out
    shift
    if out=$("$@" 2>&1); then ok "$name"; else not_ok "$name" "$out"; fi
}
# Reads a JSON document on stdin and prints the value at a dotted path (php is a test dependency).
json() {
    php -r '$v = json_decode(stream_get_contents(STDIN), true);
            foreach (explode(".", $argv[1]) as $k) { if (!is_array($v) || !array_key_exists($k, $v)) exit(1); $v = $v[$k]; }
            echo is_scalar($v) ? $v : json_encode($v);' "$1"
}

if [ -z "${TOASOAN_TEST_PG:-}" ] && [ -z "${TOASOAN_TEST_WP_URL:-}" ]; then
    echo "skipped: TOASOAN_TEST_PG and TOASOAN_TEST_WP_URL are unset (scripts/run-tests.sh starts the servers)"
    exit 77
fi

title='Tòa soạn thử nghiệm: Đắk Lắk — “Hòa bình” ưu tiên'

pg_checks() {
    local got
    check "postgres: connects with TOASOAN_TEST_PG" psql -X -qAt "$TOASOAN_TEST_PG" -c 'SELECT 1'
    got=$(psql -X -qAt "$TOASOAN_TEST_PG" -c "SELECT unaccent('Tòa soạn Đắk Lắk')" 2>&1)
    [ "$got" = 'Toa soan Dak Lak' ] && ok "postgres: unaccent strips Vietnamese marks" ||
        not_ok "postgres: unaccent strips Vietnamese marks" "got: $got"
    got=$(psql -X -qAt "$TOASOAN_TEST_PG" -v t="$title" <<<"SELECT :'t'" 2>&1)
    [ "$got" = "$title" ] && ok "postgres: Vietnamese text round-trips" ||
        not_ok "postgres: Vietnamese text round-trips" "got: $got"
}

wp_checks() {
    local url=$TOASOAN_TEST_WP_URL auth="$TOASOAN_TEST_WP_USER:$TOASOAN_TEST_WP_APP_PASSWORD"
    local tmp body code id media_id source_url
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' RETURN
    local c=(curl -sS --max-time 30)

    body=$("${c[@]}" -f "$url/wp-json/")
    json namespaces <<<"$body" | grep -qF '"wp\/v2"' &&
        ok "wordpress: GET /wp-json/ lists wp/v2" || not_ok "wordpress: GET /wp-json/ lists wp/v2" "$body"
    check "wordpress: GET /?rest_route=/ answers" "${c[@]}" -f -o /dev/null "$url/?rest_route=/"

    body=$("${c[@]}" -f -u "$auth" "$url/wp-json/wp/v2/users/me?context=edit")
    [ "$(json slug <<<"$body")" = "$TOASOAN_TEST_WP_USER" ] && ok "wordpress: application password authenticates" ||
        not_ok "wordpress: application password authenticates" "$body"
    code=$("${c[@]}" -o /dev/null -w '%{http_code}' -u "$TOASOAN_TEST_WP_USER:wrong-password" "$url/wp-json/wp/v2/users/me")
    [ "$code" = 401 ] && ok "wordpress: a wrong password gets 401" || not_ok "wordpress: a wrong password gets 401" "HTTP $code"

    php -r 'echo json_encode(["title" => $argv[1], "content" => "<p>" . $argv[1] . "</p>", "status" => "draft"]);' \
        "$title" >"$tmp/post.json"
    code=$("${c[@]}" -o "$tmp/created.json" -w '%{http_code}' -u "$auth" -H 'Content-Type: application/json' \
        --data-binary @"$tmp/post.json" "$url/wp-json/wp/v2/posts")
    id=$(json id <"$tmp/created.json")
    [ "$code" = 201 ] && [ "$(json title.raw <"$tmp/created.json")" = "$title" ] &&
        ok "wordpress: POST a draft returns 201 and keeps the Vietnamese title" ||
        not_ok "wordpress: POST a draft returns 201 and keeps the Vietnamese title" "HTTP $code $(cat "$tmp/created.json")"

    code=$("${c[@]}" -o "$tmp/denied.json" -w '%{http_code}' \
        -u "$TOASOAN_TEST_WP_CONTRIBUTOR_USER:$TOASOAN_TEST_WP_CONTRIBUTOR_APP_PASSWORD" \
        -H 'Content-Type: application/json' --data-binary '{"title":"x","status":"publish"}' "$url/wp-json/wp/v2/posts")
    [ "$code" = 403 ] && ok "wordpress: a contributor may not publish (403)" ||
        not_ok "wordpress: a contributor may not publish (403)" "HTTP $code $(cat "$tmp/denied.json")"

    # A 1x1 PNG: enough for WordPress to accept, store and serve it as an image.
    base64 -d >"$tmp/anh.png" <<<'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
    code=$("${c[@]}" -o "$tmp/media.json" -w '%{http_code}' -u "$auth" -H 'Content-Type: image/png' \
        -H 'Content-Disposition: attachment; filename="anh-thu-nghiem.png"' --data-binary @"$tmp/anh.png" \
        "$url/wp-json/wp/v2/media")
    media_id=$(json id <"$tmp/media.json")
    source_url=$(json source_url <"$tmp/media.json")
    [ "$code" = 201 ] && [ -n "$source_url" ] && ok "wordpress: media upload returns 201" ||
        not_ok "wordpress: media upload returns 201" "HTTP $code $(cat "$tmp/media.json")"
    "${c[@]}" -f -o "$tmp/served.png" "$source_url" && cmp -s "$tmp/anh.png" "$tmp/served.png" &&
        ok "wordpress: the uploaded file is served back unchanged" ||
        not_ok "wordpress: the uploaded file is served back unchanged" "$source_url"

    body=$("${c[@]}" -H 'Content-Type: text/xml' --data-binary \
        '<?xml version="1.0"?><methodCall><methodName>system.listMethods</methodName><params/></methodCall>' \
        "$url/xmlrpc.php")
    grep -q '<string>wp.getUsersBlogs</string>' <<<"$body" && ok "wordpress: XML-RPC lists its methods" ||
        not_ok "wordpress: XML-RPC lists its methods" "$body"
    php -r 'echo "<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params>",
        "<param><value><string>", htmlspecialchars($argv[1]), "</string></value></param>",
        "<param><value><string>", htmlspecialchars($argv[2]), "</string></value></param></params></methodCall>";' \
        "$TOASOAN_TEST_WP_USER" "$TOASOAN_TEST_WP_PASSWORD" >"$tmp/blogs.xml"
    body=$("${c[@]}" -H 'Content-Type: text/xml' --data-binary @"$tmp/blogs.xml" "$url/xmlrpc.php")
    grep -q '<name>blogid</name>' <<<"$body" && ok "wordpress: XML-RPC wp.getUsersBlogs logs in" ||
        not_ok "wordpress: XML-RPC wp.getUsersBlogs logs in" "$body"

    # Leave the site as the tests found it.
    for path in ${id:+posts/$id} ${media_id:+media/$media_id}; do
        check "wordpress: DELETE $path" "${c[@]}" -f -o /dev/null -u "$auth" -X DELETE "$url/wp-json/wp/v2/$path?force=true"
    done
}

if [ -n "${TOASOAN_TEST_PG:-}" ]; then pg_checks; else echo "skipped: postgres checks (TOASOAN_TEST_PG unset)"; fi
if [ -n "${TOASOAN_TEST_WP_URL:-}" ]; then wp_checks; else echo "skipped: wordpress checks (TOASOAN_TEST_WP_URL unset)"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
