# frozen_string_literal: true

# Discourse's own fabricators, for the Fabrication gem, as core's spec suite
# defines them (discourse/discourse spec/fabricators/*.rb, the newest text of
# each that the source index holds: the user fabricator with its
# `refresh_auto_groups` transient), with the attributes of the columns this
# tier's tables have (no email, password or IP address). As in core's test suite, a fabricated user belongs to no
# trust-level group unless asked for `refresh_auto_groups: true` or given a
# `trust_level:` (core's spec/rails_helper.rb skips User's
# `ensure_in_trust_level_group` callback); staff join their staff groups.

# spec/fabricators/user_fabricator.rb
Fabricator(:user, class_name: :user) do
  transient refresh_auto_groups: false
  transient trust_level: nil

  name "Bruce Wayne"
  username { sequence(:username) { |i| "bruce#{i}" } }
  active true

  after_build { |user, transients| user.trust_level = transients[:trust_level] || TrustLevel[1] }

  after_create do |user, transients|
    if transients[:refresh_auto_groups] || transients[:trust_level]
      Group.user_trust_level_change!(user.id, user.trust_level)
    end
  end
end

Fabricator(:moderator, from: :user) do
  name { sequence(:name) { |i| "A#{i} Moderator" } }
  username { sequence(:username) { |i| "moderator#{i}" } }
  moderator true

  after_create do |user|
    user.group_users << Fabricate(:group_user, user:, group: Group[:moderators])
    user.group_users << Fabricate(:group_user, user:, group: Group[:staff])
  end
end

Fabricator(:admin, from: :user) do
  name "Anne Admin"
  username { sequence(:username) { |i| "anne#{i}" } }
  admin true
  trust_level TrustLevel[4]

  after_create do |user|
    user.group_users << Fabricate(:group_user, user:, group: Group[:admins])
    user.group_users << Fabricate(:group_user, user:, group: Group[:staff])
  end
end

# spec/fabricators/group_fabricator.rb, group_user_fabricator.rb
Fabricator(:group) { name { sequence(:name) { |n| "my_group_#{n}" } } }

Fabricator(:group_user) do
  user
  group
end

# spec/fabricators/category_fabricator.rb
Fabricator(:category) { name { sequence(:name) { |n| "Amazing Category #{n}" } } }

Fabricator(:private_category, from: :category) do
  transient :group

  name { sequence(:name) { |n| "Private Category #{n}" } }
  after_build do |category, transients|
    category.update!(read_restricted: true)
    category.category_groups.build(
      group_id: transients[:group].id,
      permission_type: CategoryGroup.permission_types[:full],
    )
  end
end

# spec/fabricators/topic_fabricator.rb, topic_allowed_user_fabricator.rb
Fabricator(:topic) do
  user
  title { sequence(:title) { |i| "This is a test topic #{i}" } }
  category_id do |attrs|
    attrs[:category] ? attrs[:category].id : SiteSetting.uncategorized_category_id
  end
end

Fabricator(:topic_allowed_user)

Fabricator(:private_message_topic, from: :topic) do
  transient :recipient
  category_id { nil }
  title { sequence(:title) { |i| "This is a private message #{i}" } }
  archetype "private_message"
  topic_allowed_users do |t|
    [
      Fabricate.build(:topic_allowed_user, user: t[:user]),
      Fabricate.build(:topic_allowed_user, user: t[:recipient] || Fabricate(:user)),
    ]
  end
end

# spec/fabricators/post_fabricator.rb
Fabricator(:post) do
  user
  topic { |attrs| Fabricate(:topic, user: attrs[:user]) }
  raw "Hello world"
  post_type Post.types[:regular]
end

Fabricator(:private_message_post, from: :post) do
  user
  topic do |attrs|
    Fabricate(
      :private_message_topic,
      user: attrs[:user],
      created_at: attrs[:created_at],
      subtype: TopicSubtype.user_to_user,
      topic_allowed_users: [
        Fabricate.build(:topic_allowed_user, user: attrs[:user]),
        Fabricate.build(:topic_allowed_user, user: Fabricate(:user)),
      ],
    )
  end
  raw "Ssshh! This is our secret conversation!"
end

# spec/fabricators/upload_fabricator.rb, with the address core's local store
# gives an upload (FileStore::BaseStore#get_path_for) written out, since no
# store stands in here.
Fabricator(:upload) do
  user
  sha1 { sequence(:sha1) { |n| Digest::SHA1.hexdigest(n.to_s) } }
  original_filename "logo.png"
  filesize 1234
  width 100
  height 200
  extension "png"
  url { |attrs| "/uploads/default/original/1X/#{attrs[:sha1]}.#{attrs[:extension]}" }
end
