export { openSqliteFile as openSqlite } from "./sql/sqlite.server";
