bare pragma ignored

