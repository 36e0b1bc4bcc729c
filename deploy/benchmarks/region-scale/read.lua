-- wrk script of the region-scale benchmark: GET <base URL><id>, the ids of IDS rotated, with the Bearer TOKEN.
local ids = {}
local counter = 0
local token = os.getenv("TOKEN")
for line in io.lines(os.getenv("IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 97)
end

function init(args)
  n = offset or 0
end

request = function()
  n = n + 1
  local path = wrk.path .. ids[(n % #ids) + 1]
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json"})
end
