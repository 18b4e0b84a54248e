-- Posts a progress update to one of the benchmark's actions, chosen at random per request, so
-- the load spreads over rows the way many owners updating their actions would.
local ids = {}
for line in io.lines(os.getenv("BENCH_ACTIONS_FILE")) do
  ids[#ids + 1] = line
end
local token = os.getenv("BENCH_TOKEN")
math.randomseed(os.time())

request = function()
  local id = ids[math.random(#ids)]
  return wrk.format("POST", "/api/v1/actions/" .. id .. "/updates",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
    '{"period":"Benchmark","text":"Progress recorded by the benchmark"}')
end
