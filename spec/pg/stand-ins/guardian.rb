# frozen_string_literal: true

# discourse/discourse lib/guardian.rb (with lib/guardian/post_guardian.rb and topic_guardian.rb),
# reduced to what the plugin asks. The plugin's GuardianExtension is
# prepended to it, as plugin.rb does in Discourse.
class Guardian
  # lib/guardian.rb's AnonymousUser: blank, a member of no group but the
  # everyone group, and without an id (calling `id` on it raises
  # NoMethodError, as in core).
  class AnonymousUser
    def blank?
      true
    end

    def admin?
      false
    end

    def staff?
      false
    end

    def moderator?
      false
    end

    def anonymous?
      true
    end

    def whisperer?
      false
    end

    def in_any_groups?(group_ids)
      group_ids.include?(Group::AUTO_GROUPS[:everyone])
    end
  end

  def initialize(user = nil, request = nil)
    @user = user.presence || AnonymousUser.new
    @request = request
  end

  def user
    @user.presence
  end

  def authenticated?
    @user.present?
  end

  def is_admin?
    @user.admin?
  end

  def is_moderator?
    @user.moderator?
  end

  def is_staff?
    @user.staff?
  end

  # lib/guardian/post_guardian.rb#can_see_post? (id 437304655 in the index):
  # admins see everything; others need the topic; a whisper only its author
  # or a whisperer; moderators then see the rest; others see a deleted post
  # only as staff, a hidden one only as its author, staff or a member of
  # hidden_post_visible_groups.
  def can_see_post?(post)
    return false if post.blank?
    return true if is_admin?
    return false if !can_see_topic?(post.topic)
    if post.post_type == Post.types[:whisper] && !(authenticated? && post.user_id == @user.id) &&
         !@user.whisperer?
      return false
    end
    return true if is_moderator?
    (!post.trashed? || is_staff?) && (!post.hidden? || can_see_hidden_post?(post))
  end

  def can_see_hidden_post?(post)
    if SiteSetting.hidden_post_visible_groups_map.include?(Group::AUTO_GROUPS[:everyone])
      return true
    end
    return false if !authenticated?
    return true if is_staff?
    post.user_id == @user.id || @user.in_any_groups?(SiteSetting.hidden_post_visible_groups_map)
  end

  def can_see_topic?(topic, hide_deleted = true)
    return false if topic.blank?
    return true if is_admin?
    return false if topic.trashed? && !is_staff?
    if topic.private_message?
      return false if !authenticated?
      return true if topic.topic_allowed_users.exists?(user_id: @user.id)
      return topic.topic_allowed_groups.where(group_id: @user.group_users.select(:group_id)).exists?
    end
    can_see_category?(topic.category)
  end

  def can_see_category?(category)
    return true if category.blank? || !category.read_restricted || is_admin?
    return false if !authenticated?
    category.category_groups.where(group_id: @user.group_users.select(:group_id)).exists?
  end

  # Whether the user may take a post action (like, flag...) on the post. Core
  # checks far more; the plugin only narrows it for conduct flags.
  def post_can_act?(post, action_key, opts: {}, can_see_post: nil)
    return false if !authenticated? || post.blank?
    can_see_post.nil? ? can_see_post?(post) : can_see_post
  end

  # lib/guardian/user_guardian.rb via TopicCreator: who may start a message.
  def can_send_private_messages?(notify_moderators: false)
    return false if !authenticated?
    is_staff? || @user.id == Discourse::SYSTEM_USER_ID ||
      @user.in_any_groups?(SiteSetting.personal_message_enabled_groups_map)
  end
end
