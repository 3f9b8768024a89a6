del (), []
