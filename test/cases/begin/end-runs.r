begin
end

-- @@stderr --
