export { addMember } from "./add-member";
export { changeMemberRole } from "./change-member-role";
export { listMembers } from "./list-members";
export { removeMember } from "./remove-member";
