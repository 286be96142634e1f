-- Drives the README's Neovim 0.7 snippet (loaded before this file with -u): opens a draft,
-- waits for reply-coach's diagnostics, asks for a code action at one of them, applies it
-- and checks the buffer. Exits 0 on success; on failure prints why and exits 1.
local function fail(message)
  io.stderr:write('nvim check failed: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local got = vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source and d.source:find('reply-coach', 1, true) then return true end
    end
    return false
  end, 100)
  if not got then return fail('no diagnostics from reply-coach') end

  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code
    if code == 'en.jargon.ticket' then target = d end
  end
  if not target then return fail('no en.jargon.ticket diagnostic') end

  -- As Neovim 0.7's code_action() does: every diagnostic of the line, the range at the cursor.
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum)
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.lnum, character = target.col } },
    context = { diagnostics = line_diagnostics },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 20000) or {}
  local actions = {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do table.insert(actions, action) end
  end
  local chosen
  for _, action in ipairs(actions) do
    for _, d in ipairs(action.diagnostics or {}) do
      if d.code ~= 'en.jargon.ticket' then return fail('action "' .. action.title .. '" is for ' .. tostring(d.code)) end
    end
    if action.isPreferred and action.edit then chosen = chosen or action end
  end
  if not chosen then return fail('no preferred quick fix among ' .. #actions .. ' actions') end
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  if text:find('Your ticket', 1, true) then return fail('the buffer still says "Your ticket": ' .. text) end
  if not text:find('Your request', 1, true) then return fail('the fix did not write "Your request": ' .. text) end
  io.stdout:write('nvim check ok: ' .. #actions .. ' actions\n')
  vim.cmd('qall!')
end)
if not ok then fail(tostring(err)) end
