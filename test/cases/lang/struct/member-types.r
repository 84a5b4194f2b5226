44 65535 widget

