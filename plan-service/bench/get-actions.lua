-- Reads one page of 100 filtered actions, as a governance board's dashboard would.
local token = os.getenv("BENCH_TOKEN")
local path = os.getenv("BENCH_GET_PATH")

request = function()
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end
