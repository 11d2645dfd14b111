-- Headless Neovim (0.7.2 or later) as an LSP client: opens LSP_FILE, attaches the stdio
-- server given as a JSON array in LSP_CMD, waits until its diagnostics arrive and settle,
-- and prints one line per diagnostic:  file:line:col: [SEVERITY] message [code]
-- Exits 0 when diagnostics arrived, 1 when none came within LSP_TIMEOUT_MS, 2 on an error.
local function main()
  local out = function(s) io.stdout:write(s .. "\n") end
  local file = assert(vim.env.LSP_FILE, "LSP_FILE not set")
  local cmd = vim.json.decode((assert(vim.env.LSP_CMD, "LSP_CMD not set")))
  local timeout = tonumber(vim.env.LSP_TIMEOUT_MS or "30000")

  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "cplan",
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ":p:h"),
    on_exit = function(code) if code ~= 0 then io.stderr:write("server exited " .. code .. "\n") end end,
  })
  assert(client_id, "start_client failed")
  vim.lsp.buf_attach_client(bufnr, client_id)

  local arrived = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  if not arrived then
    out("TIMEOUT: no diagnostics after " .. timeout .. " ms")
    vim.lsp.stop_client(client_id, true)
    os.exit(1)
  end
  -- A server may publish more than once; settle when the count holds for half a second.
  local count, stable_since = -1, vim.loop.now()
  vim.wait(5000, function()
    local now = #vim.diagnostic.get(bufnr)
    if now ~= count then count, stable_since = now, vim.loop.now() end
    return vim.loop.now() - stable_since >= 500
  end, 50)

  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
    -- lnum/col are 0-based; print 1-based like editors do
    out(string.format("%s:%d:%d: [%s] %s [%s]", file, d.lnum + 1, d.col + 1,
      vim.diagnostic.severity[d.severity], d.message:gsub("\n", " "), code))
  end
  vim.lsp.stop_client(client_id, true)
  os.exit(0)
end

-- Any error (bad environment, server failing to start) ends Neovim instead of leaving it waiting.
local ok, err = pcall(main)
if not ok then
  io.stderr:write(tostring(err) .. "\n")
  os.exit(2)
end
