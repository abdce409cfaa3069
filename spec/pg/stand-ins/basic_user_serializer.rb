# frozen_string_literal: true

# discourse/discourse app/serializers/basic_user_serializer.rb: the short form of a user that
# pages show (id, username, name, avatar_template), for the plain
# serializers the plugin calls from its own.
class BasicUserSerializer
  def initialize(user, root: false)
    @user = user
  end

  def as_json(*)
    { id: @user.id, username: @user.username, name: nil, avatar_template: "/letter_avatar_proxy/v4/letter/#{@user.username[0]}/{size}.png" }
  end
end
