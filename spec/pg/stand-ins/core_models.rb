# frozen_string_literal: true

# The core models the plugin reads and writes, with only the columns, scopes
# and methods it uses. Each mirrors the discourse/discourse file named above
# it; the tables are created by spec/pg/support/core_schema.rb.

# lib/enum.rb: a hash that answers a member's number, or a number's member.
# Built from a hash of members and numbers, or from a list of members numbered
# from 1 (or from `start:`).
class Enum < Hash
  def initialize(*members)
    super()
    if members.first.is_a?(Hash)
      update(members.first)
    else
      start = members.extract_options!.fetch(:start, 1)
      members.each.with_index(start) { |member, number| self[member] = number }
    end
  end

  def [](id_or_value)
    fetch(id_or_value) { key(id_or_value) }
  end

  def except(*keys)
    dup.tap { |enum| enum.delete_if { |key| keys.include?(key) } }
  end
end

# lib/trust_level.rb: `TrustLevel[n]` is the level, refusing one that is not.
class InvalidTrustLevel < StandardError
end

class TrustLevel
  def self.[](level)
    raise InvalidTrustLevel if !(0..4).cover?(level)
    level
  end
end

# lib/archetype.rb
module Archetype
  def self.default
    "regular"
  end

  def self.private_message
    "private_message"
  end
end

# app/models/group.rb
class Group < ActiveRecord::Base
  AUTO_GROUPS = {
    everyone: 0,
    admins: 1,
    moderators: 2,
    staff: 3,
    trust_level_0: 10,
    trust_level_1: 11,
    trust_level_2: 12,
    trust_level_3: 13,
    trust_level_4: 14,
  }.freeze

  has_many :group_users, dependent: :destroy
  has_many :users, through: :group_users

  # An automatic group by name: `Group[:staff]`.
  def self.[](name)
    find(AUTO_GROUPS.fetch(name.to_sym))
  end

  # The member joins the automatic groups of the trust levels up to theirs and
  # leaves the ones above.
  def self.user_trust_level_change!(user_id, trust_level)
    levels = (0..4).map { |level| AUTO_GROUPS[:"trust_level_#{level}"] }
    desired = levels.first(trust_level + 1)
    undesired = levels - desired
    GroupUser.where(group_id: undesired, user_id:).delete_all
    now = Time.zone.now
    GroupUser.insert_all(
      desired.map { |group_id| { group_id:, user_id:, created_at: now, updated_at: now } },
      unique_by: %i[group_id user_id],
    )
  end
end

# app/models/group_user.rb
class GroupUser < ActiveRecord::Base
  belongs_to :group
  belongs_to :user
end

# app/models/user.rb
class User < ActiveRecord::Base
  has_many :group_users, dependent: :destroy
  has_many :groups, through: :group_users
  has_many :posts

  # Not the system user or other bots (negative ids), nor the shadow
  # accounts members post anonymously through. Staged accounts are real.
  scope :real,
        -> do
          where("users.id > 0").where(
            "NOT EXISTS (SELECT 1 FROM anonymous_users a WHERE a.user_id = users.id)",
          )
        end
  scope :activated, -> { where(active: true) }
  scope :not_staged, -> { where(staged: false) }
  scope :not_suspended, -> { where("suspended_till IS NULL OR suspended_till <= ?", Time.zone.now) }

  before_validation { self.username_lower = username.to_s.downcase }

  def self.find_by_username(username)
    find_by(username_lower: username.to_s.downcase)
  end

  def staff?
    admin || moderator
  end

  def guardian
    Guardian.new(self)
  end

  def suspended?
    suspended_till.present? && suspended_till > Time.zone.now
  end

  def silenced?
    silenced_till.present? && silenced_till > Time.zone.now
  end

  def in_any_groups?(group_ids)
    group_ids.include?(Group::AUTO_GROUPS[:everyone]) || (belonging_to_group_ids & group_ids).any?
  end

  # Staff, or a member of whispers_allowed_groups.
  def whisperer?
    staff? || in_any_groups?(SiteSetting.whispers_allowed_groups_map)
  end

  def belonging_to_group_ids
    @belonging_to_group_ids ||= group_users.pluck(:group_id)
  end

  # ActiveRecord's reload (`with_lock` reloads with `lock: true`), forgetting
  # the groups read so far, as core's User#reload forgets what it memoizes.
  def reload(options = nil)
    @belonging_to_group_ids = nil
    super
  end
end

# app/models/category.rb and app/models/category_group.rb
class Category < ActiveRecord::Base
  has_many :category_groups, dependent: :destroy
end

class CategoryGroup < ActiveRecord::Base
  belongs_to :category
  belongs_to :group

  def self.permission_types
    @permission_types ||= Enum.new(full: 1, create_post: 2, readonly: 3)
  end
end

# app/models/topic_allowed_user.rb, app/models/topic_allowed_group.rb
class TopicAllowedUser < ActiveRecord::Base
  belongs_to :topic
  belongs_to :user
end

class TopicAllowedGroup < ActiveRecord::Base
  belongs_to :topic
  belongs_to :group
end

# app/models/topic_timer.rb
class TopicTimer < ActiveRecord::Base
  belongs_to :topic
  belongs_to :user, optional: true

  def self.types
    @types ||=
      Enum.new(
        close: 1,
        open: 2,
        publish_to_category: 3,
        delete: 4,
        reminder: 5,
        bump: 6,
        delete_replies: 7,
        silent_close: 8,
        clear_slow_mode: 9,
      )
  end

  # Public timers are one per topic; reminders and clearing slow mode are per user.
  def self.public_types
    @public_types ||= types.except(:reminder, :clear_slow_mode)
  end
end

# app/models/topic.rb
# lib/topic_subtype.rb: what kind of private message a topic is.
module TopicSubtype
  def self.user_to_user
    "user_to_user"
  end

  def self.system_message
    "system_message"
  end

  def self.moderator_warning
    "moderator_warning"
  end
end

class Topic < ActiveRecord::Base
  belongs_to :category, optional: true
  belongs_to :user, optional: true
  has_many :posts
  has_many :topic_allowed_users
  has_many :allowed_users, through: :topic_allowed_users, source: :user
  has_many :topic_allowed_groups
  has_many :allowed_groups, through: :topic_allowed_groups, source: :group
  has_many :topic_timers

  scope :private_messages, -> { where(archetype: Archetype.private_message) }
  # Trashable: here no default scope hides deleted topics, so all of them.
  scope :with_deleted, -> { all }

  def first_post
    posts.find_by(post_number: 1)
  end

  def private_message?
    archetype == Archetype.private_message
  end

  def slug
    title.to_s.parameterize.presence || "topic"
  end

  # Mirrors Topic#invite_group: the group may read the message from now on, a
  # small action says who invited it, and its members are alerted.
  def invite_group(user, group, should_notify: true)
    TopicAllowedGroup.create!(topic_id: id, group_id: group.id)
    allowed_groups.reload
    last_post = posts.where(deleted_at: nil).order(:post_number).last
    return true if last_post.nil?
    add_small_action(user, "invited_group", group.name)
    if should_notify
      Jobs.enqueue(:group_pm_alert, user_id: user.id, group_id: group.id, post_id: last_post.id)
    end
    true
  end

  class UserExists < StandardError
  end

  class NotAllowed < StandardError
  end

  # Topic#invite for an existing user and a private message: refuses someone
  # already in it (UserExists), adds them, notes it in the topic and notifies.
  def invite(invited_by, username_or_email, group_ids = nil, custom_message = nil)
    target_user = User.find_by(username_lower: username_or_email.to_s.downcase)
    return false if target_user.nil? || !private_message?
    if TopicAllowedUser.exists?(topic_id: id, user_id: target_user.id)
      raise UserExists.new("user_exists")
    end
    TopicAllowedUser.create!(topic_id: id, user_id: target_user.id)
    add_small_action(invited_by, "invited_user", target_user.username)
    true
  end

  def add_small_action(user, action_code, who = nil, opts = {})
    Post.create!(
      topic: self,
      user:,
      post_number: (posts.maximum(:post_number) || 0) + 1,
      post_type: Post.types[:small_action],
      raw: who.to_s,
      action_code:,
    )
  end

  def relative_url(post_number = nil)
    "/t/#{slug}/#{id}#{post_number ? "/#{post_number}" : ""}"
  end

  def trashed?
    deleted_at.present?
  end

  # Mirrors Topic#public_topic_timer: the one public timer, if any.
  def public_topic_timer
    topic_timers.find_by(deleted_at: nil, public_type: true)
  end

  # Mirrors app/services/topic_status_updater.rb for closed, archived and
  # visible: the column changes, and a small action post is added only when
  # the acting user may post it (core adds it without skipping the guardian,
  # so a non-staff user closing a topic leaves no notice).
  def update_status(status, enabled, user, opts = {})
    if !%w[closed archived visible].include?(status.to_s)
      raise ArgumentError, "unknown status #{status}"
    end
    update!(status.to_s => enabled)
    if user&.staff?
      Post.create!(
        topic: self,
        user:,
        post_number: (posts.maximum(:post_number) || 0) + 1,
        post_type: Post.types[:small_action],
        raw: opts[:message].to_s,
        action_code: "#{status}.#{enabled ? "enabled" : "disabled"}",
      )
    end
  end

  # Mirrors Topic#set_or_create_timer: an integer `time` is hours from now; a
  # public timer is unique per topic and is silently replaced.
  def set_or_create_timer(
    status_type,
    time,
    by_user: nil,
    based_on_last_post: false,
    category_id: nil,
    duration_minutes: nil,
    silent: nil
  )
    public_timer = !!TopicTimer.public_types[status_type]
    options = { topic_id: id, public_type: public_timer, deleted_at: nil }
    options[:user_id] = by_user&.id if !public_timer
    timer = TopicTimer.find_or_initialize_by(options)
    timer.status_type = status_type
    timer.user_id ||= by_user&.id
    timer.execute_at = time.is_a?(String) ? Time.zone.parse(time) : Time.zone.now + time.to_f.hours
    timer.save!
    timer
  end
end

# app/models/post.rb and lib/has_custom_fields.rb (custom_fields, save_custom_fields)
class Post < ActiveRecord::Base
  belongs_to :topic
  belongs_to :user, optional: true
  has_many :post_custom_fields

  # Core numbers a new post in PostCreator.before_create_tasks, which Post's
  # own before_create calls: the next number in its topic.
  before_create { self.post_number ||= (Post.where(topic_id:).maximum(:post_number) || 0) + 1 }

  # Core cooks with PrettyText (lib/cooked_post_processor.rb); one escaped
  # paragraph is enough for the case page, which only passes it on.
  before_save { self.cooked = "<p>#{ERB::Util.html_escape(raw)}</p>" if raw_changed? }

  # app/models/post.rb#excerpt calls PrettyText.excerpt on the cooked HTML:
  # text only, cut at maxlength with an ellipsis.
  def excerpt(maxlength = nil, options = {})
    text = cooked.to_s.gsub(/<[^>]*>/, "").strip
    maxlength && text.length > maxlength ? "#{text[0, maxlength]}…" : text
  end

  def self.types
    @types ||= Enum.new(regular: 1, moderator_action: 2, small_action: 3, whisper: 4)
  end

  def trashed?
    deleted_at.present?
  end

  def url(opts = nil)
    "/t/#{topic&.slug || "topic"}/#{topic_id}/#{post_number}"
  end

  def full_url(opts = {})
    "#{Discourse.base_url}#{url}"
  end

  def custom_fields
    @custom_fields ||= post_custom_fields.pluck(:name, :value).to_h
  end

  def save_custom_fields(force = false)
    custom_fields.each do |name, value|
      PostCustomField.where(post_id: id, name:).delete_all
      PostCustomField.create!(post_id: id, name:, value: value == true ? "t" : value.to_s)
    end
  end
end

class PostCustomField < ActiveRecord::Base
  belongs_to :post
end
