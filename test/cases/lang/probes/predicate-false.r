taken

