-- soak.lua - wrk script for bench/soak: GETs a weighted mix of paths (one per
-- line in the file named by SOAK_PATHS, "weight path"), and counts statuses.
local paths = {}
local threads = {}

local function load(file)
  local list = {}
  for line in io.lines(file) do
    local w, p = line:match("^(%d+)%s+(%S+)")
    if w then for _ = 1, tonumber(w) do list[#list + 1] = p end end
  end
  return list
end

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  paths = load(os.getenv("SOAK_PATHS"))
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + #paths)
  s2xx, s3xx, s4xx, s5xx, other = 0, 0, 0, 0, 0
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 300 then s3xx = s3xx + 1
  elseif status >= 200 then s2xx = s2xx + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local t = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, other = 0 }
  for _, th in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (th:get(k) or 0) end
  end
  io.write(string.format("soak-wrk: requests=%d 2xx=%d 3xx=%d 4xx=%d 5xx=%d other=%d " ..
    "socket_errors=%d/%d/%d/%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, t.s2xx, t.s3xx, t.s4xx, t.s5xx, t.other,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
