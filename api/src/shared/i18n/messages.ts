// Every message a client can receive, in both languages. Keys are what AppError carries.
export const messages = {
  'auth.required': { zh: '请先登录。', en: 'Please sign in first.' },
  'auth.badCredentials': { zh: '用户名或密码错误。', en: 'Wrong username or password.' },
  'auth.tooManyAttempts': { zh: '登录失败次数过多，请 {minutes} 分钟后再试。', en: 'Too many failed sign-ins. Try again in {minutes} minutes.' },
  'auth.forbidden': { zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  'auth.notRuled': { zh: '此操作未声明访问规则，已拒绝。', en: 'This operation declares no access rule and is denied.' },
  'auth.wrongPassword': { zh: '当前密码不正确。', en: 'The current password is not correct.' },
  notFound: { zh: '找不到该{what}。', en: 'No such {what}.' },
  'conflict.duplicate': { zh: '已存在同名的{what}。', en: 'A {what} with that name already exists.' },
  'conflict.usernameTaken': { zh: '用户名“{username}”已被使用。', en: 'The username "{username}" is already taken.' },
  'conflict.generic': { zh: '数据冲突，请刷新后重试。', en: 'A conflicting change happened; reload and try again.' },
  'conflict.lastAdmin': { zh: '不能停用或降级最后一个有效的系统管理员。', en: 'The last active administrator cannot be deactivated or lose the role.' },
  'input.invalid': { zh: '输入有误：{details}', en: 'Invalid input: {details}' },
  'input.badCursor': { zh: '分页游标无效。', en: 'The page cursor is not valid.' },
  'input.roleNeedsCommunity': { zh: '角色“{role}”需要指定所属社区。', en: 'The role {role} needs a community.' },
  'input.roleNeedsUnit': { zh: '单位联络员需要指定所属单位。', en: 'A unit representative needs a unit.' },
  'input.noRoles': { zh: '至少选择一个角色。', en: 'Choose at least one role.' },
  internal: { zh: '服务器内部错误，请稍后再试。', en: 'Something went wrong on the server. Please try again later.' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof messages;

// Names of things, for {what} in the messages above.
export const nouns = {
  user: { zh: '用户', en: 'user' },
  community: { zh: '社区', en: 'community' },
  grid: { zh: '网格', en: 'grid' },
  unit: { zh: '共建单位', en: 'partner unit' },
  committeeMember: { zh: '大党委成员', en: 'committee member' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type Noun = keyof typeof nouns;

// Field names for validation messages.
export const fieldNames: Record<string, { zh: string; en: string }> = {
  username: { zh: '用户名', en: 'username' },
  displayName: { zh: '姓名', en: 'display name' },
  password: { zh: '密码', en: 'password' },
  newPassword: { zh: '新密码', en: 'new password' },
  name: { zh: '名称', en: 'name' },
  subdistrict: { zh: '街道办事处', en: 'sub-district' },
  title: { zh: '标题', en: 'title' },
  personName: { zh: '姓名', en: 'name' },
  position: { zh: '职务', en: 'position' },
  contactName: { zh: '联系人', en: 'contact' },
  contactPhone: { zh: '联系电话', en: 'phone' },
  phone: { zh: '电话', en: 'phone' },
  address: { zh: '地址', en: 'address' },
  description: { zh: '描述', en: 'description' },
  search: { zh: '搜索词', en: 'search text' },
  first: { zh: '每页条数', en: 'page size (first)' },
  roles: { zh: '角色', en: 'roles' },
};
