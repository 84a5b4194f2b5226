big
end

