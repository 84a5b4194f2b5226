speculation 1 again

