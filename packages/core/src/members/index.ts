export { addMember } from "./add-member";
export { addServiceAccount } from "./add-service-account";
export { changeMemberRole } from "./change-member-role";
export { listMembers } from "./list-members";
export { removeMember } from "./remove-member";
