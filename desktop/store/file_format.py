"""Constants of the .crosscheck format, shared by the schema, the opener and the migrations."""

# "CrCk" as a big-endian 32-bit integer: PRAGMA application_id of every Crosscheck project.
APPLICATION_ID = 0x4372436B
SCHEMA_VERSION = 4  # PRAGMA user_version written by this build
MIN_READER_VERSION = 2  # oldest schema a reader must understand to read what we write
APP_FOR_SCHEMA = {1: "0.1.0", 2: "0.1.0", 3: "0.1.0", 4: "0.1.0"}  # the app version that introduced each format
