// What the signed-in user may do, read from `me`: the application offers only that.
export const roleNames = {
  administrator: 'Quản trị viên',
  editor: 'Biên tập viên',
  viewer: 'Lãnh đạo (xem số liệu)',
};

export function describeUser(me) {
  const access = (module) => me.access.find((a) => a.module === module) ?? {};
  return {
    ...me,
    roleName: me.roles.map((r) => roleNames[r] ?? r).join(', ') || 'Khách',
    isAdministrator: me.roles.includes('administrator'),
    canReadRecords: (module) => Boolean(access(module).readRecords),
    canReadPersonalData: (module) => Boolean(access(module).readPersonalData),
    canWrite: (module) => Boolean(access(module).write),
    readsAnyRecords: me.access.some((a) => a.readRecords),
    writesAny: me.access.some((a) => a.write),
  };
}
