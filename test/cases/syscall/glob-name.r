entry
return
entry
return

