-- 0004: our default contact profile questionnaire ([ACC-4]), in the spirit of the Mackay 66 but in our own
-- words, across the three blocks of seed 001 (personal, interpersonal, work). The first keys of each block are
-- the suggested keys the contact screen already used (contact-profile.ts), so answers given before count.
-- Administrators edit, add or deactivate questions through /api/profile-questions.

INSERT INTO profile_question (block, key, text_zh, text_en, sort_order) VALUES
  ('personal', 'family', '家庭情况：配偶、子女，家庭如何影响其时间安排', 'Family: partner, children, and how family shapes their time', 10),
  ('personal', 'hobbies', '业余爱好与喜欢的运动', 'Hobbies and sports they enjoy', 20),
  ('personal', 'socialStyle', '社交风格：分析型、驾驭型、表现型还是亲和型', 'Social style: analytical, driver, expressive or amiable', 30),
  ('personal', 'habits', '生活与饮食习惯，以及需要避开的禁忌', 'Daily and food habits, and topics or things to avoid', 40),
  ('personal', 'hometown', '籍贯与成长的地方', 'Hometown and where they grew up', 50),
  ('personal', 'education', '教育背景：学校、专业、所在的校友圈', 'Education: schools, subject, alumni circles', 60),
  ('personal', 'importantDates', '对其重要的日期（生日、纪念日等）', 'Dates that matter to them (birthday, anniversaries)', 70),
  ('personal', 'values', '最看重什么、最反感什么', 'What they value most and what puts them off', 80),
  ('personal', 'communicationPreference', '喜欢的联系方式和时间（微信、电话、面谈）', 'How and when they like to be contacted (WeChat, phone, in person)', 90),
  ('interpersonal', 'colleagues', '关系密切的同事，以及彼此的影响', 'Colleagues they are close to and how they influence each other', 10),
  ('interpersonal', 'friends', '行业内外的朋友圈', 'Friends inside and outside the industry', 20),
  ('interpersonal', 'suppliers', '与其他供应商（包括竞争对手）的关系', 'Relationships with other suppliers, competitors included', 30),
  ('interpersonal', 'mentors', '其信任和敬重的人（上级、前辈）', 'People they trust and look up to (bosses, mentors)', 40),
  ('interpersonal', 'associations', '参加的行业协会、商会或社团', 'Associations, chambers of commerce or clubs they belong to', 50),
  ('interpersonal', 'attitudeToUs', '对我公司及我方人员的态度', 'Attitude towards our company and our people', 60),
  ('interpersonal', 'historyWithUs', '与我方交往中的关键事件（帮助、分歧）', 'Key moments in their history with us (help given, disputes)', 70),
  ('work', 'duties', '岗位职责与可以拍板的事项', 'Duties and the decisions they can make alone', 10),
  ('work', 'results', '近期的工作成果与业绩', 'Recent results and achievements', 20),
  ('work', 'goals', '今年的工作目标及考核方式', 'This year''s goals and how they are measured', 30),
  ('work', 'workingStyle', '工作风格：看细节还是看全局，决策快还是慢', 'Working style: detail or big picture, quick or careful decisions', 40),
  ('work', 'potential', '发展潜力与可能的下一步职位', 'Potential and likely next career step', 50),
  ('work', 'careerHistory', '职业经历（以前的公司与岗位）', 'Career history (previous employers and roles)', 60),
  ('work', 'painPoints', '目前最头疼的问题', 'The problems that worry them most right now', 70),
  ('work', 'supplierCriteria', '选择供应商时最看重的因素', 'What matters most to them when choosing a supplier', 80),
  ('work', 'personalWin', '与我们合作能给其个人带来什么', 'What working with us would bring them personally', 90),
  ('work', 'reportsTo', '向谁汇报，绩效由谁评定', 'Who they report to and who judges their performance', 100)
ON CONFLICT (key) DO NOTHING;
