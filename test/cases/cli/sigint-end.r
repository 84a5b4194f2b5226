exit status 0
begin
end
-- @@stderr --
