export { recordIncident, updateIncident, listIncidents } from "./record-incident";
