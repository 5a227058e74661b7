export { gatherInventory, type GatherInventoryInput } from "./gather-inventory";
