# frozen_string_literal: true

# discourse/discourse lib/post_creator.rb (with lib/topic_creator.rb): creates a post, and a topic
# for it when no topic_id is given. What the plugin relies on is kept:
# - the minimum lengths of titles and posts, unless skip_validations;
# - a private message needs a sender allowed to send one, and recipients
#   (target_usernames / target_group_names, comma separated) that exist;
# - a message to a group with more members than group_pm_user_limit is
#   refused (lib/topic_creator.rb#watch_topic rescues
#   Group::GroupPmUserLimitExceededError and rolls back with :too_large_group),
#   skip_validations or not;
# - a reply needs a topic the user may post in (Guardian#can_create_post_on_topic?,
#   lib/guardian/topic_guardian.rb, checked even with skip_validations unless
#   skip_guardian): none in a deleted topic; in a closed or archived one, only
#   admins (the system user is one), moderators and trust level 4;
# - `create` returns nil and fills `errors`; `create!` raises
#   ActiveRecord::RecordNotSaved with the errors as one sentence.
# Every post created is recorded in `PostCreator.created` for specs to read.
class PostCreator
  attr_reader :errors, :opts

  def self.create(user, opts)
    new(user, opts).create
  end

  def self.create!(user, opts)
    new(user, opts).create!
  end

  def self.created
    @created ||= []
  end

  def initialize(user, opts)
    @user = user
    @opts = opts || {}
    @errors = ActiveModel::Errors.new(self)
  end

  def create
    validate
    return nil if errors.any?
    post = nil
    ActiveRecord::Base.transaction do
      topic = @opts[:topic_id] ? Topic.find(@opts[:topic_id]) : create_topic
      post =
        Post.create!(
          topic:,
          user: @user,
          raw: @opts[:raw],
          post_number: (Post.where(topic_id: topic.id).maximum(:post_number) || 0) + 1,
          post_type: @opts[:post_type] || Post.types[:regular],
        )
    end
    self.class.created << { user: @user, opts: @opts, post: }
    # PostCreator#trigger_after_events
    DiscourseEvent.trigger(:post_created, post, @opts, @user)
    post
  end

  def create!
    post = create
    raise ActiveRecord::RecordNotSaved.new(errors.full_messages.to_sentence) if errors.any?
    post
  end

  # ActiveModel::Errors needs these of the object it belongs to.
  def read_attribute_for_validation(attribute)
    @opts[attribute]
  end

  def self.human_attribute_name(attribute, _options = {})
    attribute.to_s.humanize
  end

  def self.lookup_ancestors
    [self]
  end

  private

  def private_message?
    @opts[:archetype] == Archetype.private_message
  end

  def new_topic?
    @opts[:topic_id].blank?
  end

  def validate
    validate_lengths if !@opts[:skip_validations]
    if !new_topic?
      topic = Topic.find_by(id: @opts[:topic_id])
      if topic.nil? || !(@opts[:skip_guardian] || may_post_in?(topic))
        errors.add(:base, "Topic not found")
      end
    end
    validate_message if private_message? && new_topic?
  end

  def may_post_in?(topic)
    return false if topic.trashed?
    return true if @user.admin
    return true if !(topic.closed || topic.archived)
    @user.moderator || @user.trust_level.to_i >= 4
  end

  def validate_lengths
    raw = @opts[:raw].to_s.strip
    title = @opts[:title].to_s.strip
    min_raw =
      private_message? ? SiteSetting.min_personal_message_post_length : SiteSetting.min_post_length
    errors.add(:raw, "is too short (minimum is #{min_raw} characters)") if raw.length < min_raw
    return if !new_topic?
    min_title =
      (
        if private_message?
          SiteSetting.min_personal_message_title_length
        else
          SiteSetting.min_topic_title_length
        end
      )
    if title.length < min_title
      errors.add(:title, "is too short (minimum is #{min_title} characters)")
    end
    errors.add(:title, "is too long") if title.length > SiteSetting.max_topic_title_length
  end

  def validate_message
    errors.add(:base, "You cannot send messages") if !Guardian.new(@user).can_send_private_messages?
    errors.add(:base, "A message needs recipients") if usernames.empty? && group_names.empty?
    missing =
      usernames.map(&:downcase) -
        User.where(username_lower: usernames.map(&:downcase)).pluck(:username_lower)
    errors.add(:base, "Sorry, there is no user named #{missing.join(", ")}") if missing.any?
    missing_groups = group_names - Group.where(name: group_names).pluck(:name)
    if missing_groups.any?
      errors.add(:base, "Sorry, there is no group named #{missing_groups.join(", ")}")
    end
    Group
      .where(name: group_names)
      .each do |group|
        next if GroupUser.where(group_id: group.id).count <= SiteSetting.group_pm_user_limit
        errors.add(
          :base,
          "The group #{group.name} has more than #{SiteSetting.group_pm_user_limit} members, too many to message",
        )
      end
  end

  def usernames
    @opts[:target_usernames].to_s.split(",").map(&:strip).reject(&:empty?)
  end

  def group_names
    @opts[:target_group_names].to_s.split(",").map(&:strip).reject(&:empty?)
  end

  def create_topic
    topic =
      Topic.create!(
        title: @opts[:title],
        user: @user,
        archetype: @opts[:archetype] || Archetype.default,
        category_id: private_message? ? nil : @opts[:category],
        subtype: @opts[:subtype],
      )
    if private_message?
      recipients = User.where(username_lower: usernames.map(&:downcase)).to_a
      ([@user] + recipients).uniq.each { |user| TopicAllowedUser.create!(topic:, user:) }
      Group.where(name: group_names).each { |group| TopicAllowedGroup.create!(topic:, group:) }
    end
    topic
  end
end
