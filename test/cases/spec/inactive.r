commit and discard of inactive speculations did nothing
held by speculation 1
end

-- @@stderr --
