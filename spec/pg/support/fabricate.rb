# frozen_string_literal: true

# Test records, named as Discourse's fabricators name them (spec/fabricators
# in discourse/discourse), with only the attributes this plugin uses.
module Fabricate
  SEQUENCE = Concurrent::AtomicFixnum.new(0)

  def Fabricate(kind, **attrs)
    case kind
    when :user, :admin, :moderator
      fabricate_user(kind, **attrs)
    when :group
      Group.create!(name: "group#{SEQUENCE.increment}", **attrs)
    when :category
      Category.create!(name: "category#{SEQUENCE.increment}", **attrs)
    when :private_category
      # Read only by the given group, with full permission (core's
      # :private_category fabricator).
      group = attrs.delete(:group)
      category =
        Category.create!(name: "private#{SEQUENCE.increment}", read_restricted: true, **attrs)
      CategoryGroup.create!(category:, group:, permission_type: 1)
      category
    when :topic
      Topic.create!(
        title: "A discussion that went wrong #{SEQUENCE.increment}",
        user: attrs.delete(:user) || Fabricate(:user),
        **attrs,
      )
    when :post
      topic = attrs.delete(:topic) || Fabricate(:topic, **attrs.slice(:category_id))
      user = attrs.key?(:user) ? attrs.delete(:user) : Fabricate(:user)
      Post.create!(
        topic:,
        user:,
        raw: "Something was said here",
        post_number: (Post.where(topic_id: topic.id).maximum(:post_number) || 0) + 1,
        **attrs.except(:category_id),
      )
    when :private_message_post
      user = attrs.delete(:user) || Fabricate(:user)
      topic = Fabricate(:private_message_topic, user:, users: [user, Fabricate(:user)])
      Fabricate(:post, topic:, user:)
    when :private_message_topic
      users = attrs.delete(:users) || []
      topic = Fabricate(:topic, archetype: Archetype.private_message, **attrs)
      users.each { |member| TopicAllowedUser.create!(topic:, user: member) }
      topic
    else
      raise ArgumentError, "no fabricator for #{kind}"
    end
  end

  # Members get the automatic groups of their trust level (and staff theirs),
  # as Group.refresh_automatic_groups! gives them in Discourse.
  def fabricate_user(kind, trust_level: 1, groups: [], refresh_auto_groups: true, **attrs)
    n = SEQUENCE.increment
    user =
      User.create!(
        username: "user#{n}",
        trust_level:,
        admin: kind == :admin,
        moderator: kind == :moderator,
        **attrs,
      )
    ids = groups.map(&:id)
    if refresh_auto_groups
      ids += (0..trust_level).map { |level| Group::AUTO_GROUPS[:"trust_level_#{level}"] }
      ids << Group::AUTO_GROUPS[:staff] if user.staff?
      ids << Group::AUTO_GROUPS[:admins] if user.admin
      ids << Group::AUTO_GROUPS[:moderators] if user.moderator
    end
    ids.uniq.each { |group_id| GroupUser.create!(group_id:, user_id: user.id) }
    user
  end
end
