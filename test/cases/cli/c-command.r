
begin
end
hello from the command
exit status 0
