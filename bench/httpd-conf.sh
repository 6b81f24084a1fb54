# bench/httpd-conf.sh - the one httpd both benchmarks start, sourced by
# bench/run (wrk under load) and bench/filter-instructions (callgrind).
# Both must measure the same locations with the same filter settings, or
# their ratios stop being comparable; only the load knobs differ.
#
#   bench_free_port                       -> a free loopback port
#   bench_httpd_conf load|count DIR FRONT BACK MODULE > DIR/httpd.conf
# "load": worker pool fixed for wrk, User nobody when root, a cacheable
# backend and /nccache/ (mod_cache in front of NEWSCLEAN), pooled backend
# connections with a short ttl. "count": the bare locations, for httpd -X.

bench_free_port() {
    perl -MIO::Socket::INET -e 'print IO::Socket::INET->new(Listen=>1,LocalAddr=>"127.0.0.1:0")->sockport'
}

bench_httpd_conf() {
    local mode=$1 dir=$2 front=$3 back=$4 module=$5
    local mods=/usr/lib/apache2/modules pass_opts="keepalive=On"
    [ "$mode" = load ] && pass_opts="keepalive=On ttl=2"
    cat <<EOF
ServerRoot "$dir"
ServerName 127.0.0.1
PidFile "$dir/logs/httpd.pid"
ErrorLog "$dir/logs/error_log"
LogLevel warn
LoadModule mpm_event_module $mods/mod_mpm_event.so
LoadModule authz_core_module $mods/mod_authz_core.so
LoadModule mime_module $mods/mod_mime.so
LoadModule filter_module $mods/mod_filter.so
LoadModule proxy_module $mods/mod_proxy.so
LoadModule proxy_http_module $mods/mod_proxy_http.so
LoadModule xml2enc_module $mods/mod_xml2enc.so
LoadModule proxy_html_module $mods/mod_proxy_html.so
LoadModule substitute_module $mods/mod_substitute.so
LoadModule newsclean_module "$module"
TypesConfig /etc/mime.types
KeepAlive On
Listen 127.0.0.1:$front
Listen 127.0.0.1:$back
EOF
    if [ "$mode" = load ]; then
        [ "$(id -u)" -eq 0 ] && printf 'User nobody\nGroup nogroup\n'
        cat <<EOF
LoadModule headers_module $mods/mod_headers.so
LoadModule cache_module $mods/mod_cache.so
LoadModule cache_disk_module $mods/mod_cache_disk.so
# Fixed worker pool: no process churn while measuring, CPU and RSS per child comparable.
<IfModule mpm_event_module>
    ServerLimit 2
    StartServers 2
    ThreadsPerChild 64
    ThreadLimit 64
    MaxRequestWorkers 128
    MinSpareThreads 1
    MaxSpareThreads 128
    MaxConnectionsPerChild 0
</IfModule>
MaxKeepAliveRequests 0
# longer than the proxy's pooled-connection ttl, so the backend never closes one under it
KeepAliveTimeout 30
Timeout 30
EOF
    fi
    cat <<EOF
<VirtualHost 127.0.0.1:$back>
    DocumentRoot "$dir/htdocs"
    <Directory "$dir/htdocs">
        Require all granted
    </Directory>
EOF
    [ "$mode" = load ] && echo '    Header set Cache-Control "public, max-age=3600"'
    cat <<EOF
</VirtualHost>
<VirtualHost 127.0.0.1:$front>
    ProxyRequests Off
    <Location /plain/>
        ProxyPass "http://127.0.0.1:$back/" $pass_opts
    </Location>
    <Location /phtml/>
        ProxyPass "http://127.0.0.1:$back/" $pass_opts
        ProxyHTMLEnable On
        ProxyHTMLLinks a href
        ProxyHTMLLinks link href
        ProxyHTMLLinks img src
        ProxyHTMLLinks script src
        ProxyHTMLLinks form action
        ProxyHTMLURLMap http://backend.example /phtml
    </Location>
    <Location /subst/>
        ProxyPass "http://127.0.0.1:$back/" $pass_opts
        AddOutputFilterByType SUBSTITUTE text/html
        Substitute "s|http://backend\\.example/|/subst/|"
        Substitute "s|The Daily Ledger|The Ledger|"
        Substitute "s|<p class=\"byline\">By ([A-Z][a-z]+)|<p class=\"byline\">By \$1|"
    </Location>
    <Location /nc/>
        ProxyPass "http://127.0.0.1:$back/" $pass_opts
        NewsClean On
    </Location>
EOF
    if [ "$mode" = load ]; then
        cat <<EOF
    CacheRoot "$dir/cache"
    CacheMaxFileSize 16000000
    CacheHeader On
    CacheEnable disk /nccache/
    <Location /nccache/>
        ProxyPass "http://127.0.0.1:$back/" $pass_opts
        NewsClean On
    </Location>
EOF
    fi
    echo "</VirtualHost>"
}
